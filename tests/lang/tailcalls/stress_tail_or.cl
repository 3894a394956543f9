(define (f n) (if (== n 0) "or" (or #f nil (f (- n 1)))))
(io:print (f 1000000))
