(io:print "before")
(pure (lambda () (state:set "a" 1)))
