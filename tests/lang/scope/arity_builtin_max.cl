(io:print "before")
(max)
