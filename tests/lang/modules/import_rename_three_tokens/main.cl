(import "lib" (square as sq cube))
(io:print (sq 5) (cube 1))
(io:print sq)
