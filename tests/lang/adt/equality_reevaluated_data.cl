(define (make v) (data Box (B a)) (B v))
(io:print (== (make 1) (make 1)) (== (make 1) (make 2)))
(data Box (B a))
(io:print (== (make 1) (B 1)))
