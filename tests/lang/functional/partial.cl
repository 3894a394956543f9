(io:print ((partial + 1) 2) ((partial + 1) 2 3) ((partial list 1)) ((partial - 10) 1 2))
(io:print ((partial-right - 1) 10) ((partial-right list 9) 1 2) ((partial-right list 9)))
(define add1 (partial + 1))
(io:print (map add1 [1 2]))
