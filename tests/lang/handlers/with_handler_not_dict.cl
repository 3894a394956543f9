(define (h1 op f) (dict-set (dict-new) op f))
(io:print "before")
(with-handler 5 (lambda () 1))
