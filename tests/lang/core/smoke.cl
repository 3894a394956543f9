(io:print (+ 1 2))
(io:print (and) (or) (and 1 #f) (or #f 2))
