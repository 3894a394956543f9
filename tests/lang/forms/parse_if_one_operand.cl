(io:print "before")
(if #t)
