(io:print "before")
((lambda (x) x) 1 2)
