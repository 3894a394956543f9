(io:print "before")
(range 0.0 2)
