(char->int "")
