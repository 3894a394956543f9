-- Helpers for the modules benchmark.
local M = {}
function M.scaled(x) return (x * 3) % 7 end
function M.mean3(a, b, c) return math.floor((a + b + c) / 3) end
return M
