; Build a list of 10^6 ints, then map, filter and fold over it.
(define (build n acc) (if (== n 0) acc (build (- n 1) (cons n acc))))
(let ((xs (build 1000000 [])))
  (let ((doubled (map (lambda (x) (* x 2)) xs)))
    (let ((kept (filter (lambda (x) (== (mod x 3) 0)) doubled)))
      (io:print (length kept) (fold (lambda (acc x) (+ acc x)) 0 kept)))))
