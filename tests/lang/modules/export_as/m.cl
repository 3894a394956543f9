(define (internal x) (+ x 100))
(export internal as public)
