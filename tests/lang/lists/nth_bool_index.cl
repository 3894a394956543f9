(io:print "before")
(nth [1] #f)
