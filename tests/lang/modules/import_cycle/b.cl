(io:print "b starts")
(import "a")
