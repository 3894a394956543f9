; The standard library's own variables do not name the functions that pass through them:
; filter's `x`, map-indexed's, memoize's `value` leave an anonymous function anonymous.
(define kept (filter (lambda (f) #t) [(lambda (a b) a)]))
(io:print kept)
(define found (list-find (lambda (f) #t) [(lambda (a) a)]))
(io:print found)
(define memo (memoize (lambda (n) (lambda (y) (+ n y)))))
(io:print (memo 1) ((memo 1) 2))
(io:print (map (lambda (f) f) [(lambda () 1)]))
(define named (head kept))
(io:print named)
