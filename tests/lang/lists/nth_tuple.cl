(io:print "before")
(nth (tuple 1 2) 0)
