(io:print (let ((a 1)) (define b 2) (+ a b)))
(io:print "after")
(io:print b)
