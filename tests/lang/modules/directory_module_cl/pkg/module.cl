(define hello "from pkg/module.cl")
(export hello)
