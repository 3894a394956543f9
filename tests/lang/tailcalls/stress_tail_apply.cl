(define (f n) (if (== n 0) "apply" (apply f [(- n 1)])))
(io:print (f 1000000))
