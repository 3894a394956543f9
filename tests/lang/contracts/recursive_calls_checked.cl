(spec:contract countdown :requires [(>= n 0)])
(define (countdown n) (io:print n) (countdown (- n 1)))
(countdown 2)
