(data L (Nil) (Cons a L))
(define (build n acc) (if (== n 0) acc (build (- n 1) (Cons n acc))))
(io:print (build 10000 (Nil)))
