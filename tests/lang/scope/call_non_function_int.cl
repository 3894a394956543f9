(io:print "before")
(3 4)
