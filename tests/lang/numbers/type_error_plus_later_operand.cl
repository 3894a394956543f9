(io:print "before")
(+ 1 2 3 "4")
