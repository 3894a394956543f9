(spec:contract f :pure #t)
(define (f) (io:print "should not print") 1)
(io:print "before")
(f)
