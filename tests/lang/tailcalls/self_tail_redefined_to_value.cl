; After the global is redefined to a value that is not a function, the old function's self
; tail call fails like any call of it.
(define (f n) (if (== n 0) 0 (f (- n 1))))
(define g f)
(define f 5)
(io:print (g 0))
(io:print (g 2))
