(import "lib" *)
(io:print (square 2))
(io:print hidden)
