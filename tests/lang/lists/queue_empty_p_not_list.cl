(io:print "before")
(queue-empty? 5)
