(import "lib.cl" (square))
(io:print (square 6))
