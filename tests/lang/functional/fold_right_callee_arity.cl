(io:print "before")
(fold-right (lambda (x) x) 0 [1])
