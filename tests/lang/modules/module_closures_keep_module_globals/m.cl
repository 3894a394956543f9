(define counter "module counter")
(define (get) counter)
(define (bump) nil)
(export get bump)
