(define (adder n) (lambda (x) (+ x n)))
(define add5 (adder 5))
(define add10 (adder 10))
(io:print (add5 1) (add10 1) (add5 2))
