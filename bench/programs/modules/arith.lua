-- Integer helpers for the modules benchmark.
local M = {}
function M.square(x) return x * x end
function M.clamp(x, lo, hi) if x < lo then return lo elseif x > hi then return hi end return x end
return M
