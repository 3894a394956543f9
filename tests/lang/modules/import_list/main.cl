(import "lib" (square cube))
(io:print (square 3) (cube 2))
(io:print square)
