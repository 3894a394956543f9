(io:print "before")
(map identity "abc")
