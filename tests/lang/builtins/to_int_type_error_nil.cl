(io:print "before")
(to-int nil)
