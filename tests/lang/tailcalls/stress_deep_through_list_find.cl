(define (f n) (if (== n 0) 0 (+ 1 (list-find (lambda (x) #t) [(f (- n 1))]))))
(io:print (f 100000))
