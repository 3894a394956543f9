(define (f x)
  (if (> x 0)
      x
      (- 0 x))
(io:print (f -3))
