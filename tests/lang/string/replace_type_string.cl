(string-replace 1 "a" "b")
