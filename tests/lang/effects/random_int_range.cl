(random:seed 5)
(define xs (map (lambda (i) (random:int -3 3)) (range 0 300)))
(io:print (all? (lambda (x) (and (int? x) (>= x -3) (<= x 3))) xs))
(io:print (list-sort (list-unique xs)))
