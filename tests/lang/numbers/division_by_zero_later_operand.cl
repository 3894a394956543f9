(io:print "before")
(/ 8 2 0)
