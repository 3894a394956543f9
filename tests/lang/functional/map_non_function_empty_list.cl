(io:print "before")
(map 5 [])
