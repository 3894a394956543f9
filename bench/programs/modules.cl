; Modules: functions imported from two files (one exporting with export forms, one with a
; module form) and called 3 * 10^6 times each.
(import "modules/arith" (square clamp))
(import "modules/stats" *)
(define (loop i acc)
  (if (== i 0)
      acc
      (loop (- i 1) (+ acc (clamp (square (mod i 1000)) 1000 500000) (scaled i)))))
(io:print (loop 3000000 0) (mean3 1 2 6))
