(define f (lambda (n acc) (if (== n 0) acc (f (- n 1) (+ acc 1)))))
(io:print (f 1000000 0))
