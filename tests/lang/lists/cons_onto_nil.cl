(io:print "before")
(cons 1 nil)
