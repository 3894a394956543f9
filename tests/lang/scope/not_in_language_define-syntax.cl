(io:print "before")
(define-syntax 1)
