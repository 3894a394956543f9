-- Algebraic data types and match, as tagged tables and if-chains: build an expression tree
-- with 2^17 leaves, evaluate it (modulo 1000003), simplify it (x+0, 0+x, x*1, x*0, --x) and
-- count its nodes; four rounds.
local function build(depth, seed)
  if depth == 0 then return {"num", seed % 4} end
  local l = build(depth - 1, (seed * 31 + 7) % 1000003)
  local r = build(depth - 1, (seed * 17 + 3) % 1000003)
  local choice = seed % 3
  if choice == 0 then return {"add", l, r}
  elseif choice == 1 then return {"mul", l, r}
  else return {"neg", {"add", l, r}} end
end
local function value(e)
  local tag = e[1]
  if tag == "num" then return e[2]
  elseif tag == "add" then return (value(e[2]) + value(e[3])) % 1000003
  elseif tag == "mul" then return (value(e[2]) * value(e[3])) % 1000003
  else return (0 - value(e[2])) % 1000003 end
end
local function is_num(e, n) return e[1] == "num" and e[2] == n end
local function simplify_add(x, y)
  if is_num(x, 0) then return y end
  if is_num(y, 0) then return x end
  return {"add", x, y}
end
local function simplify_mul(x, y)
  if is_num(x, 0) then return x end
  if is_num(x, 1) then return y end
  if is_num(y, 0) then return y end
  if is_num(y, 1) then return x end
  return {"mul", x, y}
end
local function simplify_neg(x)
  if x[1] == "neg" then return x[2] end
  if is_num(x, 0) then return x end
  return {"neg", x}
end
local function simplify(e)
  local tag = e[1]
  if tag == "num" then return e
  elseif tag == "add" then return simplify_add(simplify(e[2]), simplify(e[3]))
  elseif tag == "mul" then return simplify_mul(simplify(e[2]), simplify(e[3]))
  else return simplify_neg(simplify(e[2])) end
end
local function size(e)
  local tag = e[1]
  if tag == "num" then return 1
  elseif tag == "neg" then return 1 + size(e[2])
  else return 1 + size(e[2]) + size(e[3]) end
end
local acc = 0
for i = 4, 1, -1 do
  local e = build(17, i)
  local s = simplify(e)
  acc = acc + value(e) + value(s) + size(e) + size(s)
end
print(acc)
