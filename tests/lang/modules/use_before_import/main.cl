(io:print "before")
(square 2)
(import "lib" (square))
