(io:print "before")
(flat-map 5 [1])
