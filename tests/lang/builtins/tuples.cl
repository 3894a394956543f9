(io:print (tuple) (tuple 1 "a") (fst (tuple 1 2)) (snd (tuple 1 2)) (fst [1 2]) (snd [1 2]))
(io:print (fst (tuple 1)) (snd (tuple 1 2 3)) (fst (tuple (tuple 1))) (== (tuple 1 2) (tuple 1 2)))
(io:print (list? (tuple)) (apply tuple [1 2]))
