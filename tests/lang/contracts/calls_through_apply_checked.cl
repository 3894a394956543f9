(spec:contract f :requires [(> x 0)])
(define (f x) x)
(io:print (apply f [1]))
(apply f [0])
