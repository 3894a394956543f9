(io:print "before")
(define (f do) do)
