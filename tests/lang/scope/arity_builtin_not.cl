(io:print "before")
(not 1 2)
