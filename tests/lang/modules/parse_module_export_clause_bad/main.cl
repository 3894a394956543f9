(io:print "before")
(module m (export 1) (tuple 1))
