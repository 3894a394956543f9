(io:print "before")
(partial 1 2)
