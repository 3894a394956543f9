(io:print "before")
(try 1)
