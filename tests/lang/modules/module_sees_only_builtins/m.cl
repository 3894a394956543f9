(define (peek) main-global)
(export peek)
