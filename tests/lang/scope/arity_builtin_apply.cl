(io:print "before")
(apply +)
