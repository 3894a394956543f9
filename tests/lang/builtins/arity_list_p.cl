(io:print "before")
(list? 1 2)
