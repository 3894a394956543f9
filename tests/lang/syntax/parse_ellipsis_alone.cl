(io:print "before")
(io:print ...)
