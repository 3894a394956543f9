(string-ref "abc" 3)
