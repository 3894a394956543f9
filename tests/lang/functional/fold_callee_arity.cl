(io:print "before")
(fold (lambda (x) x) 0 [1])
