(io:print "before")
(nth [1 2 3] 3)
