(io:print "before")
(take 1 "abc")
