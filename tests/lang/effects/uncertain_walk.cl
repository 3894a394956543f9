; uncertain draws r with random:float and takes the first choice whose running sum reaches r.
(define (pick) (uncertain (0.3 "a") (0.3 "b") (0.4 "c")))
(define (with-r r) (with-handler (dict-set (dict-new) "random:float" (lambda () r)) pick))
(io:print (with-r 0.0) (with-r 0.3) (with-r 0.31) (with-r 0.6) (with-r 0.61) (with-r 5.0))
