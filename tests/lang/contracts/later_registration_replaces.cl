(spec:contract f :requires [(> x 100)])
(spec:contract f :requires [(> x 0)])
(define (f x) x)
(io:print (f 5))
