(data T (C Int) (K))
(io:print "before")
(K 1)
