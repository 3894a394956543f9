(io:print "before")
(if #t 1 2 3)
