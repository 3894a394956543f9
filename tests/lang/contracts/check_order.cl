(define (say s) (io:print s) #t)
(spec:contract f
  :requires [(say "requires 1") (say "requires 2")]
  :invariant [(say "invariant")]
  :ensures [(say "ensures")])
(define (f x) (io:print "body") x)
(io:print (f 1))
