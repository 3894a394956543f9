(define (f v) (match v ([] "empty list") ([a b] "pair") ([... r] "any list") (_ "not a list")))
(io:print (f (tuple)) (f (tuple 1 2)) (f "ab") (f "") (f nil) (f 5) (f [1 2]) (f [1 2 3]))
