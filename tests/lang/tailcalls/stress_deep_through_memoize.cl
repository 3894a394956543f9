(define count (memoize (lambda (n) (if (== n 0) 0 (+ 1 (count (- n 1)))))))
(io:print (count 100000))
