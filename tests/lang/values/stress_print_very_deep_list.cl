(define (nest n acc) (if (== n 0) acc (nest (- n 1) [acc])))
(io:print (nest 100000 []))
