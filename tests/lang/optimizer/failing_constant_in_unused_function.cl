(define (f) (head []))
(define (g) (mod 1 0))
(define (h) (to-int "x"))
(io:print "ok")
