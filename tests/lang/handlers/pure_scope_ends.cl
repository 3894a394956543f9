(define (h1 op f) (dict-set (dict-new) op f))
(io:print (pure (lambda () "inside")))
(io:print "outside is allowed")
