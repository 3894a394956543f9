(string-replace "abc" "a" 1)
