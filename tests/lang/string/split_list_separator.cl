(string-split "a,b" [","])
