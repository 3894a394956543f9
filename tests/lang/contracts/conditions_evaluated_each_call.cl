(spec:contract f :requires [(do (io:print "checking" x) #t)])
(define (f x) x)
(io:print (f 1) (f 2))
