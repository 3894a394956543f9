(io:print "before")
(list-slice [1 2] 0 1.0)
