(io:print "before")
(define match 1)
