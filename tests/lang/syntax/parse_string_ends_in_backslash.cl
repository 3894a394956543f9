(io:print "before")
(io:print "abc\")
