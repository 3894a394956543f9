-- Effects, with a small effect layer of the same shape: 100,000 updates of a state store,
-- 100,000 print calls intercepted by a handler, and 100,000 calls of which a third raise an
-- error that a handler resumes. Every operation goes through `perform`, which offers it to
-- the handler frames from the innermost outward, as ClaudeLang's effect layer does.
local store = {}
local frames = {}
local defaults = {
  ["state:get"] = function(k) return store[k] end,
  ["state:set"] = function(k, v) local old = store[k]; store[k] = v; return old end,
  ["io:print"] = function(x) print(x) end,
  ["error:raise"] = function(t, m) error(t .. ": " .. m) end,
}
local function perform(op, ...)
  for i = #frames, 1, -1 do
    local handler = frames[i][op]
    if handler then return handler(...) end
  end
  return defaults[op](...)
end
local function with_handler(handlers, thunk)
  frames[#frames + 1] = handlers
  local result = thunk()
  frames[#frames] = nil
  return result
end
local function count_up(i)
  if i == 0 then return perform("state:get", "total") end
  perform("state:set", "total", perform("state:get", "total") + i)
  return count_up(i - 1)
end
local function shout(i)
  if i == 0 then return nil end
  perform("io:print", i)
  return shout(i - 1)
end
local function risky(i)
  if i % 3 == 0 then return perform("error:raise", "divisible", "divisible by three", i) end
  return i
end
local function sum_risky(i, acc)
  if i == 0 then return acc end
  return sum_risky(i - 1, acc + risky(i))
end
perform("state:set", "total", 0)
perform("state:set", "printed", 0)
with_handler({["io:print"] = function(x)
  return perform("state:set", "printed", perform("state:get", "printed") + x)
end}, function() return shout(100000) end)
local total = count_up(100000)
local printed = perform("state:get", "printed")
local risky_sum = with_handler({["error:raise"] = function(t, m, payload) return 0 - payload end},
                               function() return sum_risky(100000, 0) end)
print(total .. " " .. printed .. " " .. risky_sum)
