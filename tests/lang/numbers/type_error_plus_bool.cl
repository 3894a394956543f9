(io:print "before")
(+ #t 1)
