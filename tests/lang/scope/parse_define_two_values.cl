(io:print "before")
(define x 1 2)
