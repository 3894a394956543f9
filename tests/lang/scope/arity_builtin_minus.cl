(io:print "before")
(-)
