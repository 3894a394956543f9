(io:print "before")
(odd? 1 2)
