; Ranges wider than 64 bits reach their whole span (both halves of it here).
(random:seed 9)
(define big 100000000000000000000000000000)
(define xs (map (lambda (i) (random:int 0 big)) (range 0 40)))
(io:print (any? (lambda (x) (< x (div big 2))) xs) (any? (lambda (x) (> x (div big 2))) xs))
