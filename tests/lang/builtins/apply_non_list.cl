(io:print "before")
(apply + 5)
