(spec:contract f :pre [(> x 0)] :post [(> result 10)])
(define (f x) (* x 20))
(io:print (f 1))
(f 0)
