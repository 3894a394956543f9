(define which "pkg.cl")
(export which)
