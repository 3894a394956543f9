(io:print "before")
(io:print "a\x41b")
