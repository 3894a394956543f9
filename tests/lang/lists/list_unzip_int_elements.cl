(io:print "before")
(list-unzip [1 2])
