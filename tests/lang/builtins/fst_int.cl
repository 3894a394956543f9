(io:print "before")
(fst 5)
