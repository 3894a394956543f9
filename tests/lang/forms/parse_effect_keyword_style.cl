(io:print "before")
(effect :io (io:print "x"))
