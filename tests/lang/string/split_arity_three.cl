(string-split "a,b" "," 1)
