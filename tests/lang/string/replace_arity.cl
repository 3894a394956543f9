(string-replace "abc" "a")
