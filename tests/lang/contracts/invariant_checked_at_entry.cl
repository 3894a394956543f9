(spec:contract f :invariant [(> x 0)])
(define (f x) (io:print "body") x)
(io:print (f 1))
(f 0)
