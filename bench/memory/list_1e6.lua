-- Peak memory of a table of 10^6 ints held live (compare list_1e6.cl, a list of 10^6 ints).
local xs = {}
for i = 1, 1000000 do xs[i] = i - 1 end
print(#xs .. " " .. xs[1000000])
