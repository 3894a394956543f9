(io:print "before")
(io:print 1 nope 2)
