(spec:contract f :requires [(>= n 0)] :ensures [(>= result 0)])
(define (f n) (if (== n 0) 0 (+ 1 (f (- n 1)))))
(io:print (f 100000))
