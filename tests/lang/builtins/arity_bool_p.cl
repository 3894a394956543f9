(io:print "before")
(bool? 1 2)
