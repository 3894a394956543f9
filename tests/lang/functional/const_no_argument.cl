(io:print "before")
((const 5))
