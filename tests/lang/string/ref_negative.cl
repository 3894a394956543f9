(string-ref "abc" -1)
