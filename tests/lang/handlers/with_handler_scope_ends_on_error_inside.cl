(define (h1 op f) (dict-set (dict-new) op f))
(io:print (with-handler (h1 "error:raise" (lambda (t m d) "recovered")) (lambda () (head []))))
(io:print "printing works again")
