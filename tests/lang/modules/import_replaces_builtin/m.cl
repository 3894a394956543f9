(define (length xs) "imported length")
(export length)
