(import "m" (x f))
(io:print x (f))
