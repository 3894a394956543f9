(io:print "before")
(uncertain (0.5))
