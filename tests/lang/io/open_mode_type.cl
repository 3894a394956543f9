(io:open-file "a.txt" 1)
