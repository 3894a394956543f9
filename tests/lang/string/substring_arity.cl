(substring "abc" 1)
