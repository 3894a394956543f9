(io:print "before")
(take [1 2] 1)
