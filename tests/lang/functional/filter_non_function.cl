(io:print "before")
(filter 5 [1])
