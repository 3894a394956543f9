(if (< x 0) (- 0 x) x)
(do) (do 1 2) (begin (define a 1) a)
(parallel) (parallel (f) (g))
