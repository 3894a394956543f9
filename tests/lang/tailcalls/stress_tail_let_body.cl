(define (f n) (if (== n 0) "let" (let ((m (- n 1))) m (f m))))
(io:print (f 1000000))
