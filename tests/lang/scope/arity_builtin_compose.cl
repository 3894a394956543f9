(io:print "before")
(compose identity)
