(io:print (fold - 0 [1 2 3]) (fold + 0 []) (fold (lambda (acc x) (cons x acc)) [] [1 2 3]) (fold max 0 [3 9 2]))
(io:print (fold (lambda (acc x) (io:print acc x) (+ acc x)) 100 [1 2]))
