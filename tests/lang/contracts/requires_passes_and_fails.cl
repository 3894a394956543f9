(spec:contract safe-div :requires [(!= b 0)])
(define (safe-div a b) (/ a b))
(io:print (safe-div 6 3))
(safe-div 1 0)
