(define x 3)
(io:print [x (+ x 1) [x]])
(io:print [] [[]] [(io:print "first") (io:print "second")])
