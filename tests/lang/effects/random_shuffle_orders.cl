; Every order of three elements shows up.
(random:seed 17)
(define orders (map (lambda (i) (random:shuffle [1 2 3])) (range 0 120)))
(io:print (length (list-unique orders)))
