(file-delete "missing.txt")
