; A contracted function's self tail call is checked like any call.
(spec:contract f :requires [(!= n 2)])
(define (f n) (if (== n 0) 0 (f (- n 1))))
(io:print "before")
(io:print (f 5))
