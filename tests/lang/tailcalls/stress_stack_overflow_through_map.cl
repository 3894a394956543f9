(define (f n) (head (map f [n])))
(io:print "before")
(f 0)
