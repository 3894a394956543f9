(io:write-file "a.txt" "x")
