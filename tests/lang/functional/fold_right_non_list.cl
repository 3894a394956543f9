(io:print "before")
(fold-right + 0 (tuple 1))
