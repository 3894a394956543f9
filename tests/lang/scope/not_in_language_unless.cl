(io:print "before")
(unless 1)
