(spec:contract f :ensures [#f])
(define (f) (io:print "body ran") 1)
(f)
