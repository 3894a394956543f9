(char->int 65)
