(io:print "before")
(io:print 0x1F)
