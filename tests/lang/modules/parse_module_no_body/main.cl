(io:print "before")
(module m (export a))
