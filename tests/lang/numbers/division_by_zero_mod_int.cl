(io:print "before")
(mod 1 0)
