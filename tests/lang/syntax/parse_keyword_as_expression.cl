(io:print "before")
(io:print :foo)
