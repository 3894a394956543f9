(io:print "before")
(list-partition even? 5)
