(io:print (== 1 "1") (== [] "") (== 1 #t) (== 0 #f) (== [1] (tuple 1)) (== nil []) (== nil #f))
(io:print (== "" (tuple)) (== [] (tuple)) (== nil (do)) (== #t #t) (== #f #f) (== #t #f))
(io:print (== + "+") (== 1 [1]) (== "a" ["a"]))
