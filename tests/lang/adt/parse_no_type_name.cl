(io:print "before")
(data)
