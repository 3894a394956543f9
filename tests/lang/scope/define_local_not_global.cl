(define (f) (define secret 42) secret)
(io:print (f))
(io:print secret)
