; Gate version of bench/programs/loop.cl (callgrind counts its instructions):
; a 200,000-iteration tail-recursive loop.
(define (loop i acc) (if (== i 0) acc (loop (- i 1) (+ acc i))))
(io:print (loop 200000 0))
