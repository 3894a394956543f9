(string-replace "abc" "a" "b" "c")
