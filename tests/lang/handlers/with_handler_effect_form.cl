(define (h1 op f) (dict-set (dict-new) op f))
(io:print (with-handler (h1 "io:print" (lambda (x) "via effect handled")) (lambda () (effect io:print "x"))))
