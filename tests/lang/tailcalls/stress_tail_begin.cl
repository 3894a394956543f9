(define (f n) (if (== n 0) "begin" (begin (f (- n 1)))))
(io:print (f 1000000))
