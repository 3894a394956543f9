(io:print (all? (lambda (i) (== (uncertain (0.0 1) (0.0 2) (0.0 3)) 3)) (range 0 100)))
