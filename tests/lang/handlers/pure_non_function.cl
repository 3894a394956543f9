(define (h1 op f) (dict-set (dict-new) op f))
(io:print "before")
(pure 5)
