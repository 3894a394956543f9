(io:print "before")
(number? 1 2)
