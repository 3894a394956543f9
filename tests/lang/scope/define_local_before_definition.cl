(define y 100)
(define (f) (define z y) (define y 1) z)
(io:print "before")
(io:print (f))
