(do (define q 5) (define (qq) 6))
(begin (define r 7))
(io:print q (qq) r)
