(io:print [1 "a" [2 3]] [] [[]] [[] []] [nil #t 1.5])
(io:print (list 1 (list 2 (list 3))))
