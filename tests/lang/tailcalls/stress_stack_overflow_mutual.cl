(define (f n) (+ 1 (g n)))
(define (g n) (* 2 (f n)))
(io:print "before")
(f 0)
