(io:print "before")
(import "does-not-exist" (x))
(io:print "after")
