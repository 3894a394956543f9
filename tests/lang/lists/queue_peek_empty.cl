(io:print "before")
(queue-peek (queue-new))
