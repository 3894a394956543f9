(io:print "before")
(length (tuple 1 2))
