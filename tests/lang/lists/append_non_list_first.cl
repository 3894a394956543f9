(io:print "before")
(append 1 [2])
