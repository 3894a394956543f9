(string-split "a,b" 44)
