(io:print (cons 1 [2 3]) (cons 1 []) (cons [1] []) (cons nil []))
(io:print (head [1 2 3]) (tail [1 2 3]) (head [[1]]) (tail [1]))
(io:print (head (cons 5 (range 0 3))) (tail (tail [1 2 3])))
