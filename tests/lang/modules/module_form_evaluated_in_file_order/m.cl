(define v 1)
(module m (export x) (tuple v))
(define v 2)
