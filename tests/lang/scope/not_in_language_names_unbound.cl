(io:print "before")
(cond (#t 1))
