(io:print "before")
(import lib *)
