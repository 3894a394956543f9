(define which "pkg/module.cl")
(export which)
