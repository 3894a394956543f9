(spec:contract g :requires [(> x 0)])
(spec:contract h :requires [(> x 0)])
(define (g x) x)
(export g)
