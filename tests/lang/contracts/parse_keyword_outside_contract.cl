(io:print "before")
(define (f x) (g :requires))
