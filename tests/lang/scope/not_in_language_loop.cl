(io:print "before")
(loop 1)
