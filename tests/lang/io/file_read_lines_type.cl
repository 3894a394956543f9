(file-read-lines 1.5)
