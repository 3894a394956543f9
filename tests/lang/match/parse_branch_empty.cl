(io:print "before")
(match 1 ())
