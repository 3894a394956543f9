(random:seed 3)
(define picks (map (lambda (i) (random:choice [1 2 3 4])) (range 0 100)))
(io:print (list-sort (list-unique picks)))
