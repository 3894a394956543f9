(define (f x) (define x (+ x 1)) x)
(io:print (f 1))
(io:print (let ((a 1)) (define a (* a 5)) a))
