(io:print "before")
(drop 1 (tuple 1 2))
