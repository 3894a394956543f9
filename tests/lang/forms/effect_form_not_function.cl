(io:print "before")
(effect identity 1)
