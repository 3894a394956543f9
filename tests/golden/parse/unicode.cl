; Columns count code points; the dump shows LINE:COL in code points.
(define (λ x) (string-append "héllo " x))
(io:print (λ "wörld") "😀" n²)
(f	x)
