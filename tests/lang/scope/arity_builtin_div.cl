(io:print "before")
(div 1 2 3)
