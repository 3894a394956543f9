(io:print "before")
(tail [])
