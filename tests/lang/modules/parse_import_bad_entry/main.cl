(io:print "before")
(import "lib" (1))
