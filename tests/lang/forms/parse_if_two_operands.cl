(io:print "before")
(if #t 1)
