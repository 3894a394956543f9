(define (outer n)
  (define (inner k acc) (if (== k 0) acc (inner (- k 1) (+ acc 2))))
  (inner n 0))
(io:print (outer 1000000))
