(define (h1 op f) (dict-set (dict-new) op f))
(io:print "before")
(with-handler (h1 "io:print" (lambda () 1)) (lambda () (io:print "x")))
