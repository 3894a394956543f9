(io:print "before")
(apply (lambda (x) x) [1 2])
