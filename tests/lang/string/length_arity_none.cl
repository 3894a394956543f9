(string-length)
