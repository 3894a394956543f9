(io:print "before")
(match)
