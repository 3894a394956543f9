(file-write-lines 1 [])
