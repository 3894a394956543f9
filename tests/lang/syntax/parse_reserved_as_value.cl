(io:print "before")
(io:print lambda)
