(import "b" (from-b))
(define from-a ["a" from-b])
(export from-a)
