(io:print (do (data Color (Red) (Green)) (Red)))
(io:print (Green))
(define (f) (data Local (L a)) (L 1))
(io:print (f))
