(io:print "before")
(any? 5 [1])
