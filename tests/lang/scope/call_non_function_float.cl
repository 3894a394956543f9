(io:print "before")
(1.5 2)
