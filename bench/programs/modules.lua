-- Modules: functions required from two module files and called 3 * 10^6 times each.
local dir = arg[0]:match("^(.*)/") or "."
package.path = dir .. "/?.lua;" .. package.path
local arith = require("modules.arith")
local stats = require("modules.stats")
local square, clamp, scaled, mean3 = arith.square, arith.clamp, stats.scaled, stats.mean3
local function loop(i, acc)
  if i == 0 then return acc end
  return loop(i - 1, acc + clamp(square(i % 1000), 1000, 500000) + scaled(i))
end
print(loop(3000000, 0) .. " " .. mean3(1, 2, 6))
