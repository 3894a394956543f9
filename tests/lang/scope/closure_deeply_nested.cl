(define (f a) (lambda (b) (lambda (c) (lambda (d) [a b c d]))))
(io:print ((((f 1) 2) 3) 4))
