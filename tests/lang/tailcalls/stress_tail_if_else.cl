(define (f n) (if (== n 0) "else" (f (- n 1))))
(io:print (f 1000000))
