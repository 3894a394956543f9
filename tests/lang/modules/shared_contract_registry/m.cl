(define (f x) x)
(export f)
