(io:print "before")
(take 1.5 [1 2])
