(io:print "before")
(define (f (x Int)) x)
