(io:print "before")
(define (f ...xs) xs)
