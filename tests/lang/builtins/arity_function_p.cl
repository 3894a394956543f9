(io:print "before")
(function? 1 2)
