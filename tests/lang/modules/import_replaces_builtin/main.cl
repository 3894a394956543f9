(io:print (length [1 2]))
(import "m" (length))
(io:print (length [1 2]))
