(io:print "before")
(effect 5)
