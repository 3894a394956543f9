(define (f) (data Local (L a)) (L 1))
(io:print (f))
(L 2)
