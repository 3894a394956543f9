(io:print "before")
(snd nil)
