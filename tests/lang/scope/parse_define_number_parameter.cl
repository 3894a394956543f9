(io:print "before")
(define (f 1) 1)
