(dir-list "missing")
