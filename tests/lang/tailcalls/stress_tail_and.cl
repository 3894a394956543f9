(define (f n) (if (== n 0) "and" (and #t 1 (f (- n 1)))))
(io:print (f 1000000))
