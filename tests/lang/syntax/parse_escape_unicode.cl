(io:print "before")
(io:print "a\u0041b")
