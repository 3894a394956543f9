(io:print "before")
(positive? 1 2)
