(define (f n) (if (== n 0) 0 (fold-right (lambda (x acc) (+ 1 (f (- x 1)))) 0 [n])))
(io:print (f 100000))
