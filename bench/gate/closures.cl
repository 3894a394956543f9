; Gate version of bench/programs/closures.cl (callgrind counts its instructions):
; 20,000 closures created and called.
(define (make-adder n) (lambda (x) (+ x n)))
(define (run i acc) (if (== i 0) acc (run (- i 1) (+ acc ((make-adder i) 1)))))
(io:print (run 20000 0))
