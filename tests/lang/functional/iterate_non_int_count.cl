(io:print "before")
(iterate identity 1 2.0)
