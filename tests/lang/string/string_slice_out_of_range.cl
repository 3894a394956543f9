(string-slice "abc" 2 5)
