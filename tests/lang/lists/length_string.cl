(io:print "before")
(length "abc")
