(io:print "before")
(map identity)
