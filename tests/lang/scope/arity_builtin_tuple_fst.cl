(io:print "before")
(fst (tuple 1 2) 1)
