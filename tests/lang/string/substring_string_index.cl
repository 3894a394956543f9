(substring "abc" "0" 1)
