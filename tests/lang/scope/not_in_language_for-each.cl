(io:print "before")
(for-each 1)
