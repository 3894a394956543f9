(io:print "before")
(to-int #t)
