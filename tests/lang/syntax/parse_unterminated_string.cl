(io:print "before")
(io:print "never closed)
(io:print 2)
