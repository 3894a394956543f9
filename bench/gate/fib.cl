; Gate version of bench/programs/fib.cl (callgrind counts its instructions): fib(20).
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(io:print (fib 20))
