(io:print (filter-map (lambda (x) (if (even? x) (* x 10) nil)) [1 2 3 4]) (filter-map identity [1 nil #f 2 []]))
(io:print (filter-map (lambda (x) (io:print "call" x) (if (> x 1) x nil)) [1 2 3]))
