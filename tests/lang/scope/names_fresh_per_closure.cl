(define (make) (lambda (x) x))
(define one (make))
(define two (make))
(io:print one two)
