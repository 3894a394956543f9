(io:print "before")
(set! 1)
