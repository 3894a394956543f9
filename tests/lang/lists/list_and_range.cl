(io:print (list) (list 1 "a" [2]) (list (list)))
(io:print (range 0 5) (range 3 3) (range 5 1) (range -2 2) (range -3 -1))
