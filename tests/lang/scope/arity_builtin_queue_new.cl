(io:print "before")
(queue-new 1)
