(io:print (list-partition even? [1 2 3 4]) (list-partition even? []) (list-partition (lambda (x) x) [nil 1 #f]))
(io:print (list-find even? [1 2 3 4]) (list-find even? [1 3]) (list-find identity [#f nil 0]) (list-find even? []))
