(io:print "before")
(+ 1 "two")
