(io:print "before")
(define (f) (import "lib" *))
