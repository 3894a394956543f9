(define (f n) (match n (0 "match") (_ 1 (f (- n 1)))))
(io:print (f 1000000))
