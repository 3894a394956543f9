(io:print "before")
(drop 1.0 [1])
