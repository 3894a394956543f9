(io:print "before")
(fold 5 0 [])
