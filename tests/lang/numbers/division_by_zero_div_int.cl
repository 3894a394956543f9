(io:print "before")
(div 1 0)
