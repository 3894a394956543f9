(io:print "before")
(map 5 [1])
