(io:print "before")
(map if [1 2])
