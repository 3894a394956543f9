(io:print "before")
(compose 1 identity)
