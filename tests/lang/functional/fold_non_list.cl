(io:print "before")
(fold + 0 5)
