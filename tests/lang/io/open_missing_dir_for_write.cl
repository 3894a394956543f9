(io:open-file "no/dir.txt" "w")
