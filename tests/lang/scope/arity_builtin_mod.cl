(io:print "before")
(mod 1)
