(io:print "before")
(filter cons [1])
