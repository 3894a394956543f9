(define (f) 1)
(io:print (f))
(f 1)
