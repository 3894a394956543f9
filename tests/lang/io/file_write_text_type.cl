(file-write "a.txt" 42)
