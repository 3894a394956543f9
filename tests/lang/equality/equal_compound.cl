(io:print (== [1 [2 "x"]] [1 [2 "x"]]) (== [1 2] [1 2 3]) (== [1 2] [2 1]) (== [] []))
(io:print (== (tuple 1 "a") (tuple 1 "a")) (== (tuple) (tuple)) (== (tuple 1) (tuple 1 2)))
(io:print (== [1 2.0] [1.0 2]) (== "abc" "abc") (== "abc" "abd") (== "é" "é"))
