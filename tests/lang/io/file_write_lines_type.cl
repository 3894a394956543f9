(file-write-lines "a.txt" "not a list")
