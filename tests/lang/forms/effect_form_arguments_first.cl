(io:print "before")
(effect bogus:op (io:print "argument"))
