(io:print "before")
(data T (c))
