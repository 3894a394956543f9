(io:print (scan + 0 [1 2 3]) (scan + 0 []) (scan - 10 [1 2]) (scan (lambda (acc x) (cons x acc)) [] [1 2]))
