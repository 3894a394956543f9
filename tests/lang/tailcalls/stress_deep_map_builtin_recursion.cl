(define (tree n) (if (== n 0) [] [(tree (- n 1))]))
(define (size t) (+ 1 (fold + 0 (map size t))))
(io:print (size (tree 100000)))
