(io:print "before")
(tail 5)
