(define (count xs acc) (match xs ([] acc) ([_ ... r] (count r (+ acc 1)))))
(io:print (count (range 0 1000000) 0))
