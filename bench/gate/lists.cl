; Gate version of bench/programs/lists.cl (callgrind counts its instructions):
; build, map, filter and fold a list of 20,000 ints.
(define (build n acc) (if (== n 0) acc (build (- n 1) (cons n acc))))
(let ((xs (build 20000 [])))
  (let ((doubled (map (lambda (x) (* x 2)) xs)))
    (let ((kept (filter (lambda (x) (== (mod x 3) 0)) doubled)))
      (io:print (length kept) (fold (lambda (acc x) (+ acc x)) 0 kept)))))
