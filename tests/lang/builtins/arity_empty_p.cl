(io:print "before")
(empty? 1 2)
