(io:print "before")
(head nil)
