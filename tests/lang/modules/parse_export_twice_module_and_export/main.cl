(io:print "before")
(define a 1)
(module m (export a) (tuple 1))
(export a)
