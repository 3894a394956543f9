(io:print "before")
(io:print "a\'b")
