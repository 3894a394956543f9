(io:print "before")
(io:print 1_000)
