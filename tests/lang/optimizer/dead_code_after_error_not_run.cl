(define (f) (head []) (io:print "not reached"))
(io:print "before")
(f)
