(spec:contract f :post [(> result 10)])
(define (f x) x)
(io:print (f 11))
(f 1)
