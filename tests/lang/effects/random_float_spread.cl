(random:seed 11)
(define xs (map (lambda (i) (random:float)) (range 0 200)))
(io:print (all? (lambda (x) (and (>= x 0.0) (< x 1.0))) xs))
(io:print (any? (lambda (x) (< x 0.1)) xs) (any? (lambda (x) (> x 0.9)) xs))
