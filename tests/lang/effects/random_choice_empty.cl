(io:print "before")
(random:choice [])
