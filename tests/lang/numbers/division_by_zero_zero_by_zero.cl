(io:print "before")
(/ 0 0)
