(import "lib" (square as sq))
(io:print (sq 2))
(io:print (square 2))
