(define (length xs) "module length")
(define (use-length) (length [1]))
(export use-length)
