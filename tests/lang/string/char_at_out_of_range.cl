(char-at "abc" 5)
