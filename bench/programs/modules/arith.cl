; Integer helpers for the modules benchmark, exported with an export form.
(define (square x) (* x x))
(define (clamp x lo hi) (if (< x lo) lo (if (> x hi) hi x)))
(export square clamp)
