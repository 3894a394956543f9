(io:print "before")
(uncertain)
