(spec:contract f :ensures [(== result #f)])
(define (f) #f)
(io:print (f))
