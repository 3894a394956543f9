(io:print "before")
(map (lambda () 1) [1])
