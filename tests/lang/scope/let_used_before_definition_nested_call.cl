(define v 1)
(define (call-it g) (g))
(io:print "before")
(io:print (let ((get (lambda () v)) (w (call-it get)) (v 2)) w))
