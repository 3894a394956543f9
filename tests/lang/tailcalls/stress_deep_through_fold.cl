(define (depth n) (if (== n 0) 0 (fold (lambda (acc x) (+ acc 1 (depth (- x 1)))) 0 [n])))
(io:print (depth 100000))
