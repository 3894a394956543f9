(io:print "before")
(length 5)
