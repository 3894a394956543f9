(io:print "before")
(map (lambda (a b) a) [1])
