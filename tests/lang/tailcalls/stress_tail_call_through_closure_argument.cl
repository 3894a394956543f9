(define (f n k) (if (== n 0) (k "cps") (f (- n 1) k)))
(io:print (f 1000000 identity))
