(io:print "before")
(effect "io:print" 1)
