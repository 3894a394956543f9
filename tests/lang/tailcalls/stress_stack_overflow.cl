(define (f n) (+ 1 (f n)))
(io:print "before")
(f 0)
