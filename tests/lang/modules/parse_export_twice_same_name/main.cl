(io:print "before")
(define a 1)
(export a a)
