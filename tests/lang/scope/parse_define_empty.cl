(io:print "before")
(define)
