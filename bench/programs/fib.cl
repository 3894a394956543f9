; fib(30), naive doubly recursive: calls and small-int arithmetic.
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(io:print (fib 30))
