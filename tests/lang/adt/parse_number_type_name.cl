(io:print "before")
(data 5 (C))
