(import "m")
(io:print (head []))
