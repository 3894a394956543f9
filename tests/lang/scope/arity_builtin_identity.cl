(io:print "before")
(identity)
