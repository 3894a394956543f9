(file-write ["a.txt"] "x")
