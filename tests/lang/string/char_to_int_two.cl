(io:print (char->int "a"))
(char->int "ab")
