(io:print "before")
(head [])
