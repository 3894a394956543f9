(io:print "before")
(letrec 1)
