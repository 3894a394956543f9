(define (f n) (if (== n 0) 0 (+ 1 (apply f [(- n 1)]))))
(io:print (f 100000))
