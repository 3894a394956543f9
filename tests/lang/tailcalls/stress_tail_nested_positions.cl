(define (f n)
  (if (== n 0)
      "nested"
      (let ((m (- n 1)))
        (do (match m
              (_ (and #t (or #f (: (begin (f m)) Any)))))))))
(io:print (f 1000000))
