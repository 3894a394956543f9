(io:print "before")
(io:print -5x)
