(data P (Pair a b))
(io:print "before")
(snd (Pair 1 2))
