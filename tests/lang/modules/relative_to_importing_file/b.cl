(define from-b "top-level b: wrong")
(export from-b)
