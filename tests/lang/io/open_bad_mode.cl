(io:open-file "a.txt" "rw")
