(io:print "before")
(snd [1])
