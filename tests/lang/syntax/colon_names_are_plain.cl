(define math-utils:square 5)
(io:print math-utils:square)
(define (io:shout x) [x x])
(io:print (io:shout 1))
