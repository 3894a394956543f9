(io:print "before")
(negative? 1 2)
