(define (say s v) (io:print s) v)
(spec:contract f :requires [(say "c1" #t) (say "c2" #f) (say "c3" #t)])
(define (f) (io:print "body runs"))
(f)
