(define v 1)
(define v (+ v 1))
(define v (* v 10))
(io:print v)
