(io:print "before")
(define x)
