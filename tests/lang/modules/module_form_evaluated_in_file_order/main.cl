(import "m" (x))
(io:print x)
