(spec:contract f :pure #t)
(define (f) (error:raise "custom" "message"))
(io:print "before")
(f)
