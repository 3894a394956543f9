(io:print "before")
(apply + (tuple 1 2))
