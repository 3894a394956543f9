(io:print "before")
(list-reverse (tuple 1 2))
