(substring "abc" 0 1.0)
