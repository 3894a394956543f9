(io:print "before")
(queue-dequeue [])
