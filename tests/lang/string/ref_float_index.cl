(string-ref "abc" 0.0)
