(define (square x) (* x x))
(define (cube x) (* x x x))
(define hidden "not exported")
(export square cube)
