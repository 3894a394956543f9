(io:print "before")
(head [1] [2])
