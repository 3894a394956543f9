-- A 10-million-iteration tail-recursive loop summing the counter (Lua has proper tail calls).
local function loop(i, acc) if i == 0 then return acc end return loop(i - 1, acc + i) end
print(loop(10000000, 0))
