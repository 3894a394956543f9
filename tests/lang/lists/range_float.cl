(io:print "before")
(range 0 1.5)
