(io:print "before")
(even? 1 2)
