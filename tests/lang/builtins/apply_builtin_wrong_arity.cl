(io:print "before")
(apply not [1 2])
