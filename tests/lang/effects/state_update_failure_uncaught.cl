(state:set "k" 1)
(io:print "before")
(state:update "k" (lambda (x) (/ x 0)))
(io:print "not reached")
