-- Insert 200,000 pseudo-random keys into a persistent binary search tree of tables, then count
-- the nodes and sum the keys. Keys come from the Park-Miller generator, whose products stay
-- below 2^53 so that LuaJIT's doubles compute the same keys.
local function insert(t, k)
  if t == nil then return {nil, k, nil} end
  local v = t[2]
  if k < v then return {insert(t[1], k), v, t[3]}
  elseif k > v then return {t[1], v, insert(t[3], k)}
  else return t end
end
local function size(t) if t == nil then return 0 end return size(t[1]) + 1 + size(t[3]) end
local function total(t) if t == nil then return 0 end return total(t[1]) + t[2] + total(t[3]) end
local t, seed = nil, 42
for _ = 1, 200000 do
  seed = (seed * 48271) % 2147483647
  t = insert(t, seed % 1000000)
end
print(size(t) .. " " .. total(t))
