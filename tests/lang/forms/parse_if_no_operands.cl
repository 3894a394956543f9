(io:print "before")
(if)
