(io:print "before")
(map identity (tuple 1 2))
