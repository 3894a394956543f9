(io:print "before")
(import "a")
