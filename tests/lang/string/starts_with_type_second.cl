(string-starts-with? "abc" #t)
