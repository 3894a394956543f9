(define (f) (helper 2))
(io:print "before")
(f)
(define (helper x) x)
