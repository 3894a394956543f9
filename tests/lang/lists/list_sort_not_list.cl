(io:print "before")
(list-sort 5)
