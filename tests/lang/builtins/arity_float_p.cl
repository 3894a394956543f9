(io:print "before")
(float? 1 2)
