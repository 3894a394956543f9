(define (f + x) (+ 1 2))
(io:print (f * 0) (f list 0))
(io:print (let ((max min)) (max 1 2)) ((lambda (abs) (abs -5)) -))
