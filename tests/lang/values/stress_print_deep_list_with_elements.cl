(define (nest n acc) (if (== n 0) acc (nest (- n 1) [1 acc "s"])))
(io:print (nest 10000 []))
