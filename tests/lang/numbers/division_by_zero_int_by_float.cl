(io:print "before")
(/ 1 0.0)
