(io:print "before")
(match 1 ((f x) 1))
