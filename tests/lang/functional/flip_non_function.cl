(io:print "before")
(flip 1)
