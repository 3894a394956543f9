(file-read-lines "missing.txt")
