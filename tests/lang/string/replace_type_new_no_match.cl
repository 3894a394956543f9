(string-replace "abc" "z" 1)
