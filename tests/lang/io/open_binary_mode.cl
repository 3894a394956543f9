(io:open-file "a.txt" "rb")
