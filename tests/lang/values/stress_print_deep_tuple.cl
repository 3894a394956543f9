(define (nest n acc) (if (== n 0) acc (nest (- n 1) (tuple acc))))
(io:print (nest 10000 (tuple)))
