(io:print "before")
(fst (tuple))
