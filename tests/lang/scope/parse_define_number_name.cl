(io:print "before")
(define (1 x) x)
