(io:print "before")
(group-by identity 5)
