(io:print "before")
(queue-peek (tuple 1))
