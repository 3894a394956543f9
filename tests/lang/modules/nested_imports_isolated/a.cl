(import "b" (from-b))
(define from-a (+ from-b 1))
(export from-a)
