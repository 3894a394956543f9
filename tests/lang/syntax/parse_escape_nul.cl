(io:print "before")
(io:print "a\0b")
