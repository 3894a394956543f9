(define fs (map (lambda (i) (lambda () (* i i))) [1 2 3]))
(io:print (map (lambda (f) (f)) fs))
