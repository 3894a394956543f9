(io:print "before")
(define (f x))
