(io:print "before")
(abs "x")
