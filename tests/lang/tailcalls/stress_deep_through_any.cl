(define (f n) (if (== n 0) #t (any? (lambda (x) (f (- x 1))) [n])))
(io:print (f 100000))
