(io:print "before")
(div 7.0 2)
