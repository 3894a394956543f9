(io:print "before")
(fold "f" 0 [1])
