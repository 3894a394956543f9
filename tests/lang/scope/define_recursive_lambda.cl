(define f (lambda (n) (if (== n 0) "done" (f (- n 1)))))
(io:print (f 10))
(define (g n) (if (== n 0) "g done" (g (- n 1))))
(io:print (g 3))
