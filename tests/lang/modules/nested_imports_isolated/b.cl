(define from-b 10)
(export from-b)
