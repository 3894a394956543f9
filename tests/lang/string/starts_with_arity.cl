(string-starts-with? "a" "b" "c")
