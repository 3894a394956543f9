(io:print "before")
(xor #t)
