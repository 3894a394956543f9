(io:print "before")
(cons 1 (tuple))
