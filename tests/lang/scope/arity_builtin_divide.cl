(io:print "before")
(/)
