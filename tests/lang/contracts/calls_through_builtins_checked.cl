(spec:contract f :requires [(> x 0)])
(define (f x) (* x 10))
(io:print (map f [1 2]))
(map f [1 -1])
