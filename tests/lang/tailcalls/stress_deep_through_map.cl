(define (depth n) (if (== n 0) 0 (head (map (lambda (x) (+ 1 (depth (- x 1)))) [n]))))
(io:print (depth 100000))
