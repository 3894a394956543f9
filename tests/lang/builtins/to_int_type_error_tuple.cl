(io:print "before")
(to-int (tuple 1))
