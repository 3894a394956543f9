(io:print "before")
(dotimes 1)
