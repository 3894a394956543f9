(define (use-length) (length [1 2 3]))
(export use-length)
