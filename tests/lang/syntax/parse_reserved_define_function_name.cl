(io:print "before")
(define (parallel x) x)
