(io:print "before")
(nil? 1 2)
