(io:open-file "a.txt" "")
