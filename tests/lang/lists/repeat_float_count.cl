(io:print "before")
(repeat 1 2.0)
