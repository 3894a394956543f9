(define (nest n acc) (if (== n 0) acc (nest (- n 1) [acc])))
(define s (to-string (nest 10000 [])))
(io:print (string? s))
(io:print s)
