(io:print "before")
(print 1)
