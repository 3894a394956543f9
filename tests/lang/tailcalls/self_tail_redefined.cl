; A self tail call goes to whatever the global holds when the call reads it: after the global
; is redefined, the old function's recursive call runs the new definition.
(define (loop n acc) (if (== n 0) ["first" acc] (loop (- n 1) (+ acc 1))))
(define first-loop loop)
(io:print (first-loop 3 0))
(define (loop n acc) (if (== n 0) ["second" acc] (loop (- n 1) (+ acc 10))))
(io:print (first-loop 3 0) (loop 3 0))
; Redefined to a builtin and to a constructor: the old function's tail call calls them.
(define (down s) (if (== s "") "down" (down (substring s 1 (string-length s)))))
(define old-down down)
(define down string-upcase)
(io:print (old-down "abc"))
(data Box (Box x))
(define down Box)
(io:print (old-down "abc"))
; Contracts apply to every call, the self tail calls included.
(spec:contract checked :requires [(>= n 0)])
(define (checked n) (if (== n 0) "checked" (checked (- n 1))))
(io:print (checked 1000))
(define (h1 op f) (dict-set (dict-new) op f))
(define (overshoot n) (if (== n -5) "never" (overshoot (- n 1))))
(spec:contract overshoot :requires [(>= n 0)])
(io:print (with-handler (h1 "error:raise" (lambda (t m d) [t m])) (lambda () (overshoot 3))))
