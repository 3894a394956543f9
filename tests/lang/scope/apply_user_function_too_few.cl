(define (f a b) a)
(io:print "before")
(f 1)
