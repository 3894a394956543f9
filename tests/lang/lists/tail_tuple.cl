(io:print "before")
(tail (tuple 1))
