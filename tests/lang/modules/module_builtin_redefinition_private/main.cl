(import "m" (use-length))
(io:print (use-length) (length [1 2]))
