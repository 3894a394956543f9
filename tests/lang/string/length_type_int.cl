(string-length 5)
