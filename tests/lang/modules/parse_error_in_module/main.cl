(io:print "before")
(import "bad")
