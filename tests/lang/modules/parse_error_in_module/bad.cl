(io:print "bad runs")
(define (f x) (+ x 1)
