(io:print "before")
(io:print (< [1] (tuple 1)))
