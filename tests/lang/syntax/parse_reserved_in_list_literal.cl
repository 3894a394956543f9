(io:print "before")
(io:print [1 if 2])
