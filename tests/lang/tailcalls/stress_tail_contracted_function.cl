(spec:contract f :requires [(>= n 0)])
(define (f n) (if (== n 0) "contract" (f (- n 1))))
(io:print (f 1000000))
