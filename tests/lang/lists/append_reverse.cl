(io:print (append [1] [2 3]) (append [] []) (append [1 2] []) (append [] [1]) (append [[1]] [[2]]))
(io:print (reverse [1 2 3]) (reverse []) (reverse [[1 2] 3]) (list-reverse [1 2 3]) (list-reverse []))
