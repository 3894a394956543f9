(io:print "before")
((flip list) 1)
