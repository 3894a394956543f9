(io:print "before")
(nth "abc" 1)
