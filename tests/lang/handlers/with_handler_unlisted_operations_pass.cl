(define (h1 op f) (dict-set (dict-new) op f))
(io:print (with-handler (h1 "state:get" (lambda (k) "state")) (lambda () (io:print "printed") 7)))
