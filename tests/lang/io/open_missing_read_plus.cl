(io:open-file "missing.txt" "r+")
