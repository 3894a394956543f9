(define (h1 op f) (dict-set (dict-new) op f))
(io:print (pure (lambda () (+ 1 2))))
(io:print (pure (lambda () (map (lambda (x) (* x 2)) [1 2]))))
(io:print (pure (lambda () (with-handler (h1 "io:print" (lambda (x) "handled")) (lambda () (io:print "x"))))))
