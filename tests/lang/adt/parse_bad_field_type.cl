(io:print "before")
(data T (C 5))
