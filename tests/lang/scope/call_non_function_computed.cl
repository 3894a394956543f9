(io:print "before")
((+ 1 2) 4)
