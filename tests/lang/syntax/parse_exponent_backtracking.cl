(io:print "before")
(define x 1)
(+ 1.5E x)
(io:print e)
