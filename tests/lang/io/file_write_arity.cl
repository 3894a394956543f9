(file-write "a.txt")
