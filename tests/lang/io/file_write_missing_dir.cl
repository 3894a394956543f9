(file-write "no/such/dir.txt" "x")
