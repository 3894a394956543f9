(define (nest n acc) (if (== n 0) acc (nest (- n 1) [acc])))
(io:print (== (nest 10000 [1]) (nest 10000 [1])) (== (nest 10000 [1]) (nest 10000 [2])))
(io:print (< (nest 10000 [1]) (nest 10000 [2])))
