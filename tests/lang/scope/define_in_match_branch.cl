(define (f v)
  (match v
    ([a b] (define s (+ a b)) (* s 10))
    (_ 0)))
(io:print (f [1 2]) (f 5))
