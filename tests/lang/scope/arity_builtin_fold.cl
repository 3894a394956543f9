(io:print "before")
(fold + 0)
