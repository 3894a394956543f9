(io:print "before")
(define (f))
