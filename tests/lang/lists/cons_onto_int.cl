(io:print "before")
(cons 1 2)
