(io:print "before")
(io:print "í €")
