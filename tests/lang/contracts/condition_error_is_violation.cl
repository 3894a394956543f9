(spec:contract f :requires [(undefined-predicate x)])
(define (f x) x)
(io:print "before")
(f 1)
