(io:print "before")
(effect)
