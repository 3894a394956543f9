(io:print "before")
(#t)
