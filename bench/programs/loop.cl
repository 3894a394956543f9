; A 10-million-iteration tail-recursive loop summing the counter.
(define (loop i acc) (if (== i 0) acc (loop (- i 1) (+ acc i))))
(io:print (loop 10000000 0))
