; Self tail calls and the machinery around calls: handlers see the effects of every
; iteration, an error's value replaces the failing expression's, and the loop goes on.
(define (h1 op f) (dict-set (dict-new) op f))
(define (say n) (if (== n 0) "said" (do (io:print "n" n) (say (- n 1)))))
(io:print (with-handler (h1 "io:print" (lambda (a b) (io:print "quiet" b))) (lambda () (say 3))))
(define (safe-div n acc) (if (== n -2) acc (safe-div (- n 1) (cons (/ 10 n) acc))))
(io:print (with-handler (h1 "error:raise" (lambda (t m d) t)) (lambda () (safe-div 2 []))))
; A failing self tail call (the global no longer holds a function): the handler's value is
; the call's value.
(define (shrink n) (if (== n 0) "never" (shrink (- n 1))))
(define old-shrink shrink)
(define shrink 5)
(io:print (with-handler (h1 "error:raise" (lambda (t m d) [t m])) (lambda () (old-shrink 3))))
(error:catch "type-error" (lambda (e) (dict-get e "message")))
(io:print (old-shrink 3))
(error:catch "division-by-zero" (lambda (e) "inf"))
(io:print (safe-div 1 []))
