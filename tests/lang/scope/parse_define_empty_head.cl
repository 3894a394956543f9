(io:print "before")
(define () 1)
