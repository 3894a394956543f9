(import "m")
(io:print "imported")
