(io:print "before")
(list-find 1 [1])
