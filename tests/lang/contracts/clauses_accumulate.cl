(spec:contract f :requires [(> x 0)] :requires [(< x 10)] :ensures [(> result 0)] :post [(< result 100)])
(define (f x) (* x x))
(io:print (f 1) (f 9))
(f 10)
