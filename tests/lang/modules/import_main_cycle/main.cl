(io:print "main starts")
(import "a")
