(io:print "before")
(range 5)
