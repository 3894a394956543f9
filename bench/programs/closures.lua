-- Create 10^6 closures and call each once.
local function make_adder(n) return function(x) return x + n end end
local function run(i, acc)
  if i == 0 then return acc end
  return run(i - 1, acc + make_adder(i)(1))
end
print(run(1000000, 0))
