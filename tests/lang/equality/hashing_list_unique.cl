(io:print (list-unique [1 1.0 #t 2 [1] [1.0] "a" "a" nil nil #f (tuple 1) (tuple 1.0) -0.0 0]))
