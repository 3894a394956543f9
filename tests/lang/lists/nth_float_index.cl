(io:print "before")
(nth [1 2] 1.0)
