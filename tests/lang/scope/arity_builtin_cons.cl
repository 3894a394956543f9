(io:print "before")
(cons 1)
