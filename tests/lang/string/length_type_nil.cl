(string-length nil)
