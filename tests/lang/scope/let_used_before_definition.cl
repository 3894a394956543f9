(define x 99)
(io:print "before")
(io:print (let ((f (lambda () x)) (y (f)) (x 1)) y))
