(io:print "before")
(quote 1)
