(io:print "before")
(fst [])
