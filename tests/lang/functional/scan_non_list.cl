(io:print "before")
(scan + 0 5)
