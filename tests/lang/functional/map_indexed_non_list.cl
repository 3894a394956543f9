(io:print "before")
(map-indexed + 5)
