(io:print (group-by (lambda (x) (mod x 2)) [1 2 3 4 5]))
(io:print (group-by (lambda (x) (if (> x 2) "big" "small")) [3 1 4 2]))
(io:print (group-by identity []))
(io:print (group-by (lambda (x) (mod x 2)) [1 2.0 3]) (group-by length [[1] [] [2]]))
