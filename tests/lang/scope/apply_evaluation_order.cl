(define (trace x) (io:print x) x)
(io:print ((trace +) (trace 1) (trace 2)))
(io:print [(trace "a") (trace "b")])
