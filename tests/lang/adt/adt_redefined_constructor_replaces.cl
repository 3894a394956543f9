(data T (C a))
(data U (C a b))
(io:print (C 1 2))
(C 1)
