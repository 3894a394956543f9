(io:print "before")
(nth [] 0)
