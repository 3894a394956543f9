[] () [1, 2, 3] [x (+ x 1) [x]]
(f) ((lambda (x) x) 1) (and a b) (or) (1 2)
