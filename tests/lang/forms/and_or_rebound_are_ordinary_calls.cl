(io:print (let ((and (lambda (a b) [a b]))) (and #f (io:print "evaluated"))))
(define (g or) (or #t (io:print "also evaluated")))
(io:print (g (lambda (a b) b)))
