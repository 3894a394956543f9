(import "sub/a" (from-a))
(io:print from-a)
