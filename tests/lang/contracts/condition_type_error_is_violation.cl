(spec:contract f :requires [(< x "a")])
(define (f x) x)
(io:print "before")
(f 1)
