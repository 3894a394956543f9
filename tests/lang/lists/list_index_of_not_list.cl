(io:print "before")
(list-index-of 1 5)
