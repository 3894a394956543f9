(io:print "before")
(import "lib" (hidden))
