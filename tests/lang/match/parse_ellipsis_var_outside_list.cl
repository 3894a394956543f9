(io:print "before")
(match [1] (...r 1))
