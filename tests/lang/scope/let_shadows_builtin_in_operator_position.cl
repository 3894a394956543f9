(io:print (let ((max (lambda (a b) "mine"))) (max 1 2)))
(io:print (max 1 2))
(io:print (let ((+ -)) (+ 10 1)))
(io:print (let ((head tail)) (head [1 2 3])))
