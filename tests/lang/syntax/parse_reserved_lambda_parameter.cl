(io:print "before")
(io:print ((lambda (begin) 1) 2))
