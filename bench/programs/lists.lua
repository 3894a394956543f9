-- Build an array of 10^6 ints, then map, filter and fold over it with higher-order helpers.
local function map(f, xs) local r = {} for i = 1, #xs do r[i] = f(xs[i]) end return r end
local function filter(f, xs)
  local r, n = {}, 0
  for i = 1, #xs do if f(xs[i]) then n = n + 1; r[n] = xs[i] end end
  return r
end
local function fold(f, acc, xs) for i = 1, #xs do acc = f(acc, xs[i]) end return acc end
local xs = {}
for i = 1, 1000000 do xs[i] = i end
local doubled = map(function(x) return x * 2 end, xs)
local kept = filter(function(x) return x % 3 == 0 end, doubled)
print(#kept .. " " .. fold(function(acc, x) return acc + x end, 0, kept))
