(define (f) (helper 2))
(define (helper x) (* x 10))
(io:print (f))
