(data T (Mk a))
(define (f Mk) (Mk 1))
(io:print (f list) (Mk 1))
(io:print (let ((Mk tuple)) (Mk 2)))
