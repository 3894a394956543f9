(io:print (set-from-list [1 1.0 #t "1" [1] [1.0] nil]))
(io:print (set-has? (set-from-list [[1 2]]) [1.0 2]) (set-has? (set-from-list [1]) #t))
