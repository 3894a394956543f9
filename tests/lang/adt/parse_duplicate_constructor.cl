(io:print "before")
(data T (A) (A Int))
