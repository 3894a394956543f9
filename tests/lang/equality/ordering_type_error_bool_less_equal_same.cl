(io:print "before")
(io:print (<= #t #t))
