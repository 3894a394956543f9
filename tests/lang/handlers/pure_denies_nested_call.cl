(define (h1 op f) (dict-set (dict-new) op f))
(io:print "before")
(define (f) (io:print "deep"))
(pure (lambda () (f)))
