; Create 10^6 closures and call each once.
(define (make-adder n) (lambda (x) (+ x n)))
(define (run i acc) (if (== i 0) acc (run (- i 1) (+ acc ((make-adder i) 1)))))
(io:print (run 1000000 0))
