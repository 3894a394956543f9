(define (depth n) (if (== n 0) [] (filter (lambda (x) (depth (- n 1)) #t) [n])))
(io:print (depth 100000))
