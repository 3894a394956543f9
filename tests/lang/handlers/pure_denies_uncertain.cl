(define (h1 op f) (dict-set (dict-new) op f))
(io:print "before")
(pure (lambda () (uncertain (0.5 1) (0.5 2))))
