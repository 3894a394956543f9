(io:print "before")
(uncertain 1)
