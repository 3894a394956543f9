(io:print "before")
(apply 5 [1])
