(char-at "abc" nil)
