(io:print "before")
((const 5) 1 2)
