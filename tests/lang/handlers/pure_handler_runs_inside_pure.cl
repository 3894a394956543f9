(define (h1 op f) (dict-set (dict-new) op f))
(io:print "before")
(pure (lambda () (with-handler (h1 "io:print" (lambda (x) (io:print "leak"))) (lambda () (io:print "x")))))
