(define (ev? n) (if (== n 0) #t (od? (- n 1))))
(define (od? n) (if (== n 0) #f (ev? (- n 1))))
(io:print (ev? 1000000) (od? 1000000))
