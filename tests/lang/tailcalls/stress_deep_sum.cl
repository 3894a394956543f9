(define (sum n) (if (== n 0) 0 (+ n (sum (- n 1)))))
(io:print (sum 100000))
