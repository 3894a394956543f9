(io:print "before")
(io:print "a\qb")
