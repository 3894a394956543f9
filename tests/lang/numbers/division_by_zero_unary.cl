(io:print "before")
(/ 0)
