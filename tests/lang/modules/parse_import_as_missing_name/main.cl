(io:print "before")
(import "lib" (square as))
