(io:print "before")
(queue-dequeue "ab")
