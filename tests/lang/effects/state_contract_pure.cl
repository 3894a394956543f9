(spec:contract bump :pure #t)
(define (bump) (state:set "n" 1))
(bump)
