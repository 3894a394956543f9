(io:print "before")
(list-slice "abc" 0 1)
