(io:print "before")
(nth 0 [1 2])
