(define (build n) (if (== n 0) [] (cons n (build (- n 1)))))
(define xs (build 100000))
(io:print (length xs) (head xs) (nth xs (- 100000 1)))
