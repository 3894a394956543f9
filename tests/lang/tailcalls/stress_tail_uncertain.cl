(define (f n) (if (== n 0) "uncertain" (uncertain (1.0 (f (- n 1))))))
(io:print (f 1000000))
