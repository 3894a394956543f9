(define (f) (+ (do (define k 4) k) k))
(io:print (f))
