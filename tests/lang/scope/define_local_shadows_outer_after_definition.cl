(define w "outer")
(define (f) (define w "inner") w)
(io:print (f) w)
