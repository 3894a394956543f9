(spec:contract f :requires [(> x 0)])
(define (f x) x)
(io:print "before")
(f)
