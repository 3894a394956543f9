(io:print "before")
((tuple 1) 0)
