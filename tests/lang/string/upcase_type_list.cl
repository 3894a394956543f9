(string-upcase ["a"])
