(import "lib" *)
(io:print (square 4) (cube 3))
