(io:print "before")
(length nil)
