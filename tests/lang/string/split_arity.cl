(string-split "a,b")
