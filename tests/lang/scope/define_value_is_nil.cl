(io:print (define z 1) z)
(io:print (define (f) 1))
