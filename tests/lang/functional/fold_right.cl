(io:print (fold-right - 0 [1 2 3]) (fold-right cons [] [1 2 3]) (fold-right + 0 []) (fold-right list "init" [1 2]))
(io:print (fold-right (lambda (x acc) (io:print x acc) (+ x acc)) 0 [1 2 3]))
