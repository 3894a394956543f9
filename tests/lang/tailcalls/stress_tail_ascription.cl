(define (f n) (if (== n 0) "ascription" (: (f (- n 1)) String)))
(io:print (f 1000000))
