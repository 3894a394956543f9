(io:print "before")
(data T (A) b)
