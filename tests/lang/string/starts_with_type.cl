(string-starts-with? nil "a")
