(io:print "before")
(head (tail [1]))
