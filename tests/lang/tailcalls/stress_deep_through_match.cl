(define (f n) (match n (0 0) (_ (+ 1 (f (- n 1))))))
(io:print (f 100000))
