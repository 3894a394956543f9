(define (f n) (if (> n 0) (f (- n 1)) "then"))
(io:print (f 1000000))
