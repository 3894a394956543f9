(string-length "a" "b")
