; Gate version of bench/programs/modules.cl (callgrind counts its instructions):
; 20,000 iterations calling the imported functions.
(import "../programs/modules/arith" (square clamp))
(import "../programs/modules/stats" *)
(define (loop i acc)
  (if (== i 0)
      acc
      (loop (- i 1) (+ acc (clamp (square (mod i 1000)) 1000 500000) (scaled i)))))
(io:print (loop 20000 0) (mean3 1 2 6))
