(io:print "before")
(replicate 2 (lambda () 1))
