(io:print "before")
(list-unique (tuple 1 1))
