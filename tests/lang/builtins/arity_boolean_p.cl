(io:print "before")
(boolean? 1 2)
