(io:print "before")
(import "bad")
(io:print "after")
