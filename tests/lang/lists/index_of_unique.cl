(io:print (list-index-of 2 [1 2 3 2]) (list-index-of 1.0 [0 1]) (list-index-of 5 [1]) (list-index-of [1] [[0] [1]]) (list-index-of 1 []))
(io:print (list-unique [3 1 3 2 1]) (list-unique []) (list-unique [[1] [1] (tuple 1)]))
