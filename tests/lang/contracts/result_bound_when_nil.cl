(spec:contract f :ensures [(nil? result) (== result nil)])
(define (f) (io:print "body"))
(io:print (f))
