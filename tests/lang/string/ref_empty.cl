(string-ref "" 0)
