(io:print "before")
(snd (tuple 1))
