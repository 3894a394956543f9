(string-split 5 ",")
