(io:print "self starts")
(import "self")
