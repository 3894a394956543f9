(io:print "before")
(module m (export a) (tuple 1) (tuple 2))
