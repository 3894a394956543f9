(io:print "before")
(match 1 (if 1))
