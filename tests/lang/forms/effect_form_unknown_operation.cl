(io:print "before")
(effect io:shout "x")
