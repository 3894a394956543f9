(io:print "before")
(flat-map identity [1])
