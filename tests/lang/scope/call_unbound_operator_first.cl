(io:print "before")
(nope (io:print "argument evaluated"))
