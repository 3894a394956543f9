(io:print "before")
(match 1 (x))
