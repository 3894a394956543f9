(char-at "abc" 0 1)
