(spec:contract inner :requires [(> x 0)])
(define (outer y) (define (inner x) x) (inner y))
(io:print (outer 1))
(outer -1)
