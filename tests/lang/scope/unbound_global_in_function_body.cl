(define (f) (g))
(io:print "defined")
(f)
