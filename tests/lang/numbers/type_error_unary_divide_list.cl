(io:print "before")
(/ [2])
