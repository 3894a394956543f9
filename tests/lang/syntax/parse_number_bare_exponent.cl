(io:print "before")
(io:print 1e)
