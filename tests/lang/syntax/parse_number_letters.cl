(io:print "before")
(io:print 12abc)
