(io:print "before")
(time:sleep -1)
