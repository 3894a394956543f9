(define (f x) x)
(io:print (f 5))
(f -1)
(spec:contract f :requires [(> x 0)])
