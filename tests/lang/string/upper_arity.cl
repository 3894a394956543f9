(string-upper "a" "b")
