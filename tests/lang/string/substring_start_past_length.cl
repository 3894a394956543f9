(substring "abc" 4 4)
