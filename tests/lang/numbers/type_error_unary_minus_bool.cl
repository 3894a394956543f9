(io:print "before")
(- #f)
