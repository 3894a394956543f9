(io:print "before")
(map-indexed (lambda (x) x) [1])
