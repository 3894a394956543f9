(io:print "before")
(data T (5 Int))
