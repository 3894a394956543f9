(char->int "a" "b")
