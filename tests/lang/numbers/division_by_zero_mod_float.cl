(io:print "before")
(mod 1.5 0.0)
