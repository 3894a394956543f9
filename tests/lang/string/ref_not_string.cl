(string-ref ["a"] 0)
