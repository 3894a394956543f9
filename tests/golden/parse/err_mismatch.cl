(io:print [1 2 3)
(f [a b) c)
(g a b] c)
