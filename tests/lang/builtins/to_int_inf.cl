(io:print "before")
(to-int 1e400)
