(io:print "before")
(io:print 1)
(io:print 2)
(io:print (1 2]
