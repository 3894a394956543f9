(data Opt (Some a) (None))
(define (f v) (match v ((Some x) "some") (None "none") (_ "other")))
(io:print (f (Some 1)) (f (None)) (f nil) (f []) (f [1]) (f "Some") (f (tuple)) (f Some) (f None))
