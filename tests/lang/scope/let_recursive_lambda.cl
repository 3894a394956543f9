(io:print (let ((fact (lambda (n) (if (== n 0) 1 (* n (fact (- n 1))))))) (fact 20)))
(define f 1)
(io:print (let ((f (lambda (n) (if (== n 0) "bottom" (f (- n 1)))))) (f 5)))
