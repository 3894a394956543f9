(io:print "before")
(const)
