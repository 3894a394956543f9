(define (say s) (io:print s))
(export say)
