(io:print "before")
(uncertain (p 1))
