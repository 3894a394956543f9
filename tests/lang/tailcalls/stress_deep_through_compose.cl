(define (f n) (if (== n 0) 0 (+ 1 ((compose f (lambda (x) (- x 1))) n))))
(io:print (f 100000))
