(io:print "a starts")
(import "b")
