(define (h1 op f) (dict-set (dict-new) op f))
(io:print "before")
(with-handler (h1 1 identity) (lambda () 1))
