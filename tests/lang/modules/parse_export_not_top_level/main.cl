(io:print "before")
(define x 1)
(let () (export x))
