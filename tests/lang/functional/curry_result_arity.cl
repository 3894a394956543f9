(io:print "before")
((curry list) 1 2)
