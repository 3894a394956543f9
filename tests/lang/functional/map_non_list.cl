(io:print "before")
(map identity 5)
