(data T (C Int) (K))
(io:print (C 1) (K))
(C)
