(io:print "before")
(nil)
