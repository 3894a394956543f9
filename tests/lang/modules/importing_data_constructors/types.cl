(data Opt (Some a) (None))
(define (unwrap o) (match o ((Some x) x) (None nil)))
(export Some None unwrap)
