(import "a" (from-a))
(io:print from-a)
(io:print from-b)
