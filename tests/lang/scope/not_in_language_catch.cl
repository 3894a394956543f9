(io:print "before")
(catch 1)
