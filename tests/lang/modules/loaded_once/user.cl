(import "counter" (value))
(define from-user (+ value 1))
(export from-user)
