(io:print "before")
(effect bogus:op 1)
