(io:print (map (lambda (x) (if (> x 1) (error:raise "big" x) x)) [1 2 3]))
