(io:print "before")
(min)
