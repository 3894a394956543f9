(io:print "before")
(match 5)
