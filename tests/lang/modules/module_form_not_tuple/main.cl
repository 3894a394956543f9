(io:print "before")
(import "m" *)
