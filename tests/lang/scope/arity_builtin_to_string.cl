(io:print "before")
(to-string)
