(io:print "before")
(queue-enqueue 5 1)
