(io:print "before")
(define :foo 1)
