(io:print (filter even? [1 2 3 4]) (filter even? []) (filter (lambda (x) x) [0 #f nil "" 1]))
(io:print (filter (lambda (x) (io:print "test" x) (> x 1)) [1 2 3]))
